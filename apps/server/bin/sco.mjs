#!/usr/bin/env node
// The platform runs from its TypeScript sources; tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
