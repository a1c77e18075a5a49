/** The generated JSON Schemas, in their own module so schemas.ts can load them on first use. */

import flinkDeployment from '../../../../schemas/flinkdeployment.schema.json';
import flinkSessionJob from '../../../../schemas/flinksessionjob.schema.json';
import flinkStateSnapshot from '../../../../schemas/flinkstatesnapshot.schema.json';
import flinkBlueGreenDeployment from '../../../../schemas/flinkbluegreendeployment.schema.json';

export const SCHEMA_DATA: Record<string, unknown> = {
  FlinkDeployment: flinkDeployment,
  FlinkSessionJob: flinkSessionJob,
  FlinkStateSnapshot: flinkStateSnapshot,
  FlinkBlueGreenDeployment: flinkBlueGreenDeployment,
};
