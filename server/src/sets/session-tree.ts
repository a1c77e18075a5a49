/**
 * The SourceTree the language server gives the core, for one origin (sets/uri-path.ts): open
 * documents first (so unsaved edits to values.yaml or a patch count), then the files the
 * FileSystemHost listed and read (the disk in Node, the client in a browser). The core reads
 * synchronously and the host answers asynchronously, so what the tree does not hold yet is noted
 * as missing, and `settle` runs the core again once that is fetched, until nothing is missing.
 * Fetched files are kept until a file event says they changed.
 */

import { FileSystemHost } from '../host/files';
import { ALL_FILES, MAX_INDEXED_FILES } from '../protocol/files';
import { dirName } from '../core/sources/paths';
import { DirEntry, SourceTree } from '../core/sources/tree';
import { joinUri, splitUri } from './uri-path';

/** Rounds of fetching before the core's answer is taken as it is (one round per level of bases). */
const MAX_ROUNDS = 32;

interface Listing {
  /** Every file below the folder. */
  readonly files: ReadonlySet<string>;
  /** False when the host's bound cut the listing short: then it cannot tell that a file is absent. */
  readonly complete: boolean;
}

export class SessionTree implements SourceTree {
  private readonly texts = new Map<string, string | undefined>();
  private readonly listings = new Map<string, Listing>();
  private readonly uris = new Map<string, string>();
  private readonly missingTexts = new Set<string>();
  private readonly missingListings = new Set<string>();
  private open: ReadonlyMap<string, string> = new Map();

  constructor(readonly origin: string, private readonly host: FileSystemHost) {}

  /** The open documents of this origin by path; they win over what was fetched. */
  setOpen(open: ReadonlyMap<string, string>): void {
    this.open = open;
  }

  read(path: string): string | undefined {
    const open = this.open.get(path);
    if (open !== undefined) return open;
    if (this.texts.has(path)) return this.texts.get(path);
    if (!this.listedAsAbsent(path)) this.missingTexts.add(path);
    return undefined;
  }

  list(path: string): readonly DirEntry[] | undefined {
    const listing = this.listingFor(path);
    if (!listing) {
      this.missingListings.add(path);
      return undefined;
    }
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const entries = new Map<string, boolean>();
    for (const file of listing.files) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      entries.set(name, slash >= 0 || entries.get(name) === true);
    }
    return entries.size ? [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, dir]) => ({ name, dir })) : undefined;
  }

  /** Runs `run` (which reads this tree) until it reads nothing left to fetch, bounded; returns its last answer. */
  async settle<T>(run: () => T): Promise<T> {
    for (let round = 0; ; round++) {
      this.missingTexts.clear();
      this.missingListings.clear();
      const result = run();
      if ((!this.missingTexts.size && !this.missingListings.size) || round >= MAX_ROUNDS) return result;
      await this.fetchMissing();
    }
  }

  /** The URI of a path, as the host spelled it when it listed the file. */
  uriOf(path: string): string {
    return this.uris.get(path) ?? joinUri(this.origin, path);
  }

  /** A file changed: read it again. Created or deleted (`listings`): list its folders again too. */
  forget(path: string, listings: boolean): void {
    this.texts.delete(path);
    if (!listings) return;
    for (const dir of [...this.listings.keys()]) if (path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`)) this.listings.delete(dir);
  }

  private async fetchMissing(): Promise<void> {
    const listings = [...this.missingListings];
    // `list` is how the core tells a folder from a file, so a path it lists is read as a file too.
    const texts = [...new Set([...this.missingTexts, ...listings])];
    await Promise.all([...texts.map((p) => this.fetchText(p)), ...listings.map((p) => this.fetchListing(p))]);
  }

  private async fetchText(path: string): Promise<void> {
    const text = await this.host.readFile(this.uriOf(path));
    this.texts.set(path, text);
  }

  private async fetchListing(dir: string): Promise<void> {
    const uris = await this.host.listFiles([joinUri(this.origin, dir)], ALL_FILES);
    const files = new Set<string>();
    for (const uri of uris) {
      const at = splitUri(uri);
      if (at?.origin !== this.origin) continue;
      files.add(at.path);
      this.uris.set(at.path, uri);
    }
    this.listings.set(dir, { files, complete: uris.length < MAX_INDEXED_FILES });
  }

  /** The listing that answers for `path`: its own, or a complete one of a folder above it. */
  private listingFor(path: string): Listing | undefined {
    const own = this.listings.get(path);
    if (own) return own;
    for (let dir = dirName(path); dir; dir = dirName(dir)) {
      const listing = this.listings.get(dir);
      if (listing?.complete) return listing;
      if (dir === '/') break;
    }
    return undefined;
  }

  /** A complete listing of a folder above `path` leaves it out: no need to ask the host. */
  private listedAsAbsent(path: string): boolean {
    const parent = dirName(path);
    const listing = parent ? this.listingFor(parent) : undefined;
    return !!listing?.complete && !listing.files.has(path);
  }
}
