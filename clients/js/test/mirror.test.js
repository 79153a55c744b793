// The client mirror against every client conformance vector (conformance/client/*.json, written from the Java
// ClientMirror) and this package's own cases in the same format (test/vectors/*.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClientMirror } from '../src/mirror.js';

const here = dirname(fileURLToPath(import.meta.url));
const folders = [join(here, 'vectors'), join(here, '..', '..', '..', 'conformance', 'client')];

function vectorFiles() {
  return folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => join(folder, name)));
}

function run(testCase) {
  const media = [];
  const mirror = new ClientMirror(testCase.user, (intent) => media.push(intent));
  testCase.steps.forEach((step, index) => {
    media.length = 0;
    const state = {};
    if ('resync' in step) {
      mirror.resync(step.resync);
    } else {
      state.applied = mirror.apply(step.deliver);
    }
    Object.assign(state, {
      lastApplied: mirror.lastApplied,
      role: mirror.role,
      handRaised: mirror.handRaised,
      publishing: mirror.publishing,
      media: [...media],
    });
    const expected = { ...step.expect };
    if (!('applied' in expected)) delete state.applied;
    assert.deepEqual(state, expected, `step ${index} of "${testCase.description}"`);
  });
}

const files = vectorFiles();

test('there are vectors to run', () => {
  assert.ok(files.length > 0);
});

for (const file of files) {
  const group = JSON.parse(readFileSync(file, 'utf8'));
  for (const testCase of group.cases) {
    test(`${group.description}: ${testCase.description}`, () => run(testCase));
  }
}

test('a view of another user is refused', () => {
  const mirror = new ClientMirror('bob');
  assert.throws(() => mirror.resync({ viewer: 'carol', atSequence: 1, standing: 'AUDIENCE' }), /carol/);
});
