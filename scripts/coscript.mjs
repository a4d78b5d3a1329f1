#!/usr/bin/env node
// The `coscript` operator CLI (see `coscript --help`). Plain JS so npm can link
// it as a bin; it registers tsx and runs the TypeScript entry point.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../server/cli.ts', import.meta.url).href);
