import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventStreamParser } from '../src/sse.js';

function parse(...chunks) {
  const events = [];
  const parser = new EventStreamParser((event) => events.push(event));
  chunks.forEach((chunk) => parser.push(chunk));
  return events;
}

test('an event with id, type and data', () => {
  assert.deepEqual(parse('id: 7\nevent: GROUP_CALL_ROLE_CHANGED\ndata: {"a":1}\n\n'), [
    { id: '7', type: 'GROUP_CALL_ROLE_CHANGED', data: '{"a":1}' },
  ]);
});

test('chunks split anywhere, CRLF and CR line ends, comments skipped', () => {
  const text = ': heartbeat\r\nid: 1\r\nevent: X\r\ndata: {"b":\r\ndata: 2}\r\n\r\nid: 2\revent: Y\rdata: z\r\r';
  for (let cut = 0; cut <= text.length; cut++) {
    assert.deepEqual(parse(text.slice(0, cut), text.slice(cut)), [
      { id: '1', type: 'X', data: '{"b":\n2}' },
      { id: '2', type: 'Y', data: 'z' },
    ], `cut at ${cut}`);
  }
});

test('an event without data is not dispatched; one without a type is a message', () => {
  assert.deepEqual(parse('event: X\n\ndata: only\n\n'), [{ id: undefined, type: 'message', data: 'only' }]);
});
