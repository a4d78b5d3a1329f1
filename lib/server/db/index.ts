import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';
import { getRuntime } from '../runtime';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The process's one database handle, opened by server/ (or the CLI) and shared with Next's bundles. */
export function getDb(): Db {
  return getRuntime().db;
}

export * as t from './schema';
