/**
 * Our own explanation of each catalog option (written here, never the upstream description):
 * a short summary for every option and, for the options people actually set, fuller details.
 * The texts live as data in docs/*.json, split by area, and load on first use like the catalog.
 * Editing one: keep it to facts you can verify, in your own sentences; test/unit/option-texts
 * checks coverage and form, test/shared/option-texts-original (npm run test:shared) that no text
 * borrows the upstream description's wording.
 */

export interface OptionText {
  /** One or two sentences: what the option does. Every catalog option has one. */
  readonly summary: string;
  /** When to change it and how it interacts with the projection; only for commonly set options. */
  readonly details?: string;
}

let texts: ReadonlyMap<string, OptionText> | undefined;

function load(): ReadonlyMap<string, OptionText> {
  if (texts) return texts;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const areas = (require('./docs/texts-data') as { default: ReadonlyArray<Readonly<Record<string, OptionText>>> }).default;
  const map = new Map<string, OptionText>();
  for (const area of areas) for (const [key, text] of Object.entries(area)) map.set(key, text);
  texts = map;
  return texts;
}

/** The text for a catalog key (the option's own key, not an old name of it). */
export function optionText(key: string): OptionText | undefined {
  return load().get(key);
}

export function allOptionTexts(): ReadonlyMap<string, OptionText> {
  return load();
}
