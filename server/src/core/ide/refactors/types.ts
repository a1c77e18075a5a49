/** A refactoring offered at a position: a titled set of edits of kind refactor.rewrite. */

import { TextEdit } from '../../edits/text-edit';
import { Analysis, AnalysisOptions } from '../../analysis';
import { FlinkResource } from '../../model/types';
import { Projection } from '../../projection/types';

export interface Refactoring {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RefactorContext {
  readonly text: string;
  readonly analysis: Analysis;
  readonly resource: FlinkResource;
  readonly projection?: Projection;
  readonly offset: number;
  readonly options: AnalysisOptions;
}
