// The demo page: one user's view of the AMA, driven by the livestage JavaScript client. Everything shown comes from
// the server (the stage view and capabilities, reloaded after each event); the client mirror says when to publish.
import { createClient, START_PUBLISHING } from './clients/js/index.js';

const params = new URLSearchParams(location.search);
const roomId = params.get('room');
const me = params.get('user');
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const client = createClient({ token });
const $ = (id) => document.getElementById(id);
let callId;
let localStream = null;

function showError(error) {
  $('error').textContent = error.code ? `${error.code}: ${error.message}` : String(error);
}

async function act(promise) {
  try {
    $('error').textContent = '';
    await promise;
  } catch (error) {
    showError(error);
  }
}

async function startPublishing() {
  try {
    localStream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    $('local').srcObject = localStream;
    const track = localStream.getVideoTracks()[0];
    $('track').dataset.state = track.readyState;
    $('track').textContent = `local track ${track.readyState}: ${track.label}`;
  } catch (error) {
    showError(error);
  }
}

function stopPublishing() {
  if (localStream) localStream.getTracks().forEach((track) => track.stop());
  localStream = null;
  $('local').srcObject = null;
  $('track').dataset.state = 'ended';
  $('track').textContent = 'local track stopped';
}

function onMedia(intent) {
  const publishing = intent === START_PUBLISHING;
  $('media').dataset.publishing = String(publishing);
  $('media').textContent = publishing ? 'publishing' : 'not publishing';
  if (publishing) startPublishing();
  else stopPublishing();
}

function button(label, id, onClick) {
  const element = document.createElement('button');
  element.textContent = label;
  element.id = id;
  element.addEventListener('click', () => act(onClick()));
  return element;
}

async function render() {
  const [view, own] = await Promise.all([client.stageView(roomId), client.capabilities(roomId)]);
  $('room-name').textContent = view.name;
  $('role').textContent = view.standing;
  $('role').dataset.standing = view.standing;
  $('audience-count').textContent = view.audienceCount;
  $('raise').disabled = !own.raiseHand.allowed;
  $('lower').disabled = !(view.myHand !== undefined);
  $('step-down').disabled = view.standing !== 'SPEAKER';
  $('ask').disabled = !own.submitStageQuestion.allowed;

  const speakers = $('speakers');
  speakers.replaceChildren();
  for (const speaker of view.speakers) {
    const item = document.createElement('li');
    item.textContent = `${speaker.user} (${speaker.standing}) `;
    item.dataset.user = speaker.user;
    if (speaker.user !== me) {
      const towards = await client.capabilities(roomId, speaker.user);
      if (towards.demoteToAudience.allowed) {
        item.append(button('Demote', `demote-${speaker.user}`, () => client.demoteToAudience(callId, speaker.user)));
      }
    }
    speakers.append(item);
  }

  $('hands-section').hidden = !(own.lowerAllHands && own.lowerAllHands.allowed) && view.handQueue.length === 0;
  const hands = $('hands');
  hands.replaceChildren();
  for (const user of view.handQueue) {
    const item = document.createElement('li');
    item.textContent = `${user} `;
    item.dataset.user = user;
    const towards = await client.capabilities(roomId, user);
    if (towards.promoteToSpeaker.allowed) {
      item.append(button('Promote', `promote-${user}`, () => client.promoteToSpeaker(callId, user)));
    }
    if (towards.lowerHand.allowed) {
      item.append(button('Dismiss', `dismiss-${user}`, () => client.lowerHand(callId, user)));
    }
    hands.append(item);
  }

  const questions = $('questions');
  questions.replaceChildren();
  const seen = new Set();
  for (const question of [...view.openQuestions, ...view.myQuestions]) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    const item = document.createElement('li');
    item.className = 'question';
    item.textContent = `${question.text} — ${question.author ?? 'anonymous'} (${question.status}) `;
    if (view.standing === 'HOST' || view.standing === 'CO_HOST') {
      if (question.status === 'OPEN') {
        item.append(button('Answered', `answer-${question.id}`, () => client.answerQuestion(callId, question.id)));
      }
    }
    questions.append(item);
  }
}

function logEvent(event, applied) {
  const item = document.createElement('li');
  item.textContent = `#${event.sequence} ${event.type} ${JSON.stringify(event.payload)} (${applied})`;
  $('events').prepend(item);
}

async function main() {
  $('me').textContent = me;
  $('raise').addEventListener('click', () => act(client.raiseHand(callId)));
  $('lower').addEventListener('click', () => act(client.lowerHand(callId, me)));
  $('step-down').addEventListener('click', () => act(client.demoteToAudience(callId, me)));
  $('ask').addEventListener('click', () => {
    const text = $('question-text').value;
    $('question-text').value = '';
    act(client.submitStageQuestion(callId, text));
  });
  callId = await client.joinRoom(roomId);
  let rendering = Promise.resolve();
  const rerender = () => {
    rendering = rendering.then(render).catch(showError);
  };
  await client.followRoom(roomId, me, {
    onMedia,
    onView: rerender,
    onEvent: (event, applied) => {
      logEvent(event, applied);
      rerender();
    },
    onError: showError,
  });
  document.body.dataset.ready = 'true';
}

main().catch(showError);
