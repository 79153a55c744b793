// The client against a live livestage server: LIVESTAGE_URL names it, and each user's bearer token is
// LIVESTAGE_TOKEN_PREFIX + user id ("t-" by default). adapters-http's JavaScriptClientTest starts such a server on a
// free port and runs this file; without LIVESTAGE_URL every test here is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, StageError, START_PUBLISHING, STOP_PUBLISHING } from '../src/index.js';

const baseUrl = process.env.LIVESTAGE_URL;
const prefix = process.env.LIVESTAGE_TOKEN_PREFIX ?? 't-';
const skip = baseUrl ? false : 'LIVESTAGE_URL is not set (adapters-http JavaScriptClientTest sets it)';
const as = (user) => createClient({ baseUrl, token: prefix + user, reconnectDelayMs: 100 });

/** Resolves once `check()` is true; rejects with `what` after the deadline. */
async function eventually(what, check, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('info lists live_stage', { skip }, async () => {
  assert.ok((await createClient({ baseUrl }).info()).features.includes('live_stage'));
});

test("the seed's AMA: raise, promote, publish, ask, demote, stop", { skip }, async () => {
  const hana = as('hana');
  const bob = as('bob');
  const roomId = await hana.createRoom({ name: 'AMA', policy: { stageMode: true, requireHost: true } });
  const callId = await hana.joinRoom(roomId);
  assert.equal(await bob.joinRoom(roomId), callId);

  const media = [];
  const bobs = await bob.followRoom(roomId, 'bob', { onMedia: (intent) => media.push(intent) });
  const hanasEvents = [];
  const hanas = hana.onGroupCallEvent(roomId, (event) => hanasEvents.push(event), {
    after: (await hana.stageView(roomId)).atSequence,
  });
  try {
    assert.equal(bobs.mirror.role, 'AUDIENCE');
    await bob.raiseHand(callId);
    await eventually('hana sees the hand', () => hanasEvents.some((e) => e.type === 'GROUP_CALL_STAGE_HAND_RAISED'));
    const raised = hanasEvents.find((e) => e.type === 'GROUP_CALL_STAGE_HAND_RAISED');
    assert.equal(raised.payload.user, 'bob');
    await eventually('bob sees his hand up', () => bobs.mirror.handRaised);

    await hana.promoteToSpeaker(callId, 'bob');
    await eventually('bob is told to publish', () => media.includes(START_PUBLISHING));
    assert.equal(bobs.mirror.role, 'SPEAKER');

    const questionId = await as('carol').joinRoom(roomId).then(() => as('carol').submitStageQuestion(callId, 'What next?'));
    assert.ok(questionId);
    await eventually('the question reaches hana', () => hanasEvents.some((e) => e.type === 'GROUP_CALL_STAGE_QUESTION'));

    await hana.demoteToAudience(callId, 'bob');
    await eventually('bob is told to stop', () => media.includes(STOP_PUBLISHING));
    assert.deepEqual(media, [START_PUBLISHING, STOP_PUBLISHING]);
  } finally {
    bobs.close();
    hanas.close();
  }
});

test('a refusal is a StageError with the stable code', { skip }, async () => {
  const hana = as('hana');
  const roomId = await hana.createRoom({ name: 'Refusals', policy: { stageMode: true } });
  const callId = await hana.joinRoom(roomId);
  await as('bob').joinRoom(roomId);
  await assert.rejects(as('bob').promoteToSpeaker(callId, 'bob'), (error) => {
    assert.ok(error instanceof StageError);
    assert.equal(error.code, 'not_authorized');
    assert.equal(error.status, 403);
    return true;
  });
  await assert.rejects(as('mallory').raiseHand(callId), { code: 'unauthenticated', status: 401 });
  await assert.rejects(hana.createRoom({ name: 'x', policy: { maxSpeakers: -1 } }), { code: 'invalid_body' });
  await assert.rejects(hana.joinRoom('no-such-room'), { code: 'room_not_found', status: 404 });
});

test('a stream asked for events beyond retention says resync_required; followRoom resyncs from the view', { skip }, async () => {
  const hana = as('hana');
  const bob = as('bob');
  const roomId = await hana.createRoom({ name: 'Busy', policy: { stageMode: true } });
  const callId = await hana.joinRoom(roomId);
  await bob.joinRoom(roomId);
  for (let i = 0; i < 12; i++) {
    await hana.promoteToSpeaker(callId, 'bob');
    await hana.demoteToAudience(callId, 'bob');
  }
  let problem;
  bob.onGroupCallEvent(roomId, () => {}, { after: 1, onResyncRequired: (p) => { problem = p; } });
  await eventually('resync_required', () => problem !== undefined);
  assert.equal(problem.code, 'resync_required');
  await assert.rejects(bob.eventsSince(roomId, 1), { code: 'resync_required', status: 410 });

  const media = [];
  const followed = await bob.followRoom(roomId, 'bob', { onMedia: (intent) => media.push(intent) });
  try {
    await hana.promoteToSpeaker(callId, 'bob');
    await eventually('bob publishes', () => media.includes(START_PUBLISHING));
  } finally {
    followed.close();
  }
});

test('every command of the seed is a method', { skip }, () => {
  const client = as('hana');
  for (const name of [
    'createRoom', 'joinRoom', 'leave', 'raiseHand', 'lowerHand', 'lowerAllHands', 'promoteToSpeaker',
    'demoteToAudience', 'acceptInvitation', 'declineInvitation', 'submitStageQuestion', 'answerQuestion',
    'dismissQuestion', 'assignCoHost', 'revokeCoHost', 'transferHost', 'removeParticipant', 'unban', 'endCall',
    'closeRoom', 'stageView', 'capabilities', 'eventsSince', 'onGroupCallEvent', 'info',
  ]) {
    assert.equal(typeof client[name], 'function', name);
  }
});
