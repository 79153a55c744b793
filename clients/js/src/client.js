import { StageError, errorOf } from './errors.js';
import { EventStreamParser } from './sse.js';
import { ClientMirror } from './mirror.js';

/**
 * A livestage client over HTTP with the seed's method names (docs/http.md). Every command resolves to what the
 * server answered (`{sequence, ...}`; `createRoom`, `joinRoom` and `submitStageQuestion` resolve to the new id) or
 * rejects with a `StageError` carrying the stable `code`.
 *
 * @param options.baseUrl the server, such as `http://127.0.0.1:8080` ('' for the page's own origin)
 * @param options.token the bearer token the server's Authenticator accepts
 * @param options.fetch a fetch implementation (the global one by default)
 * @param options.reconnectDelayMs how long a dropped event stream waits before reconnecting (1000)
 */
export function createClient({ baseUrl = '', token, fetch: fetchImpl = globalThis.fetch, reconnectDelayMs = 1000 }) {
  const authorization = token ? { Authorization: `Bearer ${token}` } : {};
  const room = (id) => `/api/rooms/${encodeURIComponent(id)}`;
  const call = (id) => `/api/calls/${encodeURIComponent(id)}`;

  async function request(method, path, body, headers = {}) {
    const init = { method, headers: { ...authorization, ...headers } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetchImpl(baseUrl + path, init);
    if (!response.ok) {
      throw await errorOf(response);
    }
    return response.json();
  }

  const command = (path, body, options = {}) =>
    request('POST', path, body, options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {});

  /**
   * The caller's server-sent events of a room from `after` (a view's `atSequence` or the last applied sequence),
   * reconnecting with `Last-Event-ID` when the connection drops. `handler(event, delivery)` gets each event as this
   * user sees it (`event.type` is the wire name, `event.payload` its payload) and the delivery `{previous, event}`.
   * `onResyncRequired(problem)` is called when the server no longer holds the missed events (the stream then ends:
   * load the stage view and open a new one from it); `onError(error)` on a refused or failed connection.
   * Returns `{close()}`.
   */
  function onGroupCallEvent(roomId, handler, { after, onResyncRequired = () => {}, onError = () => {}, onOpen = () => {} } = {}) {
    const controller = new AbortController();
    let lastId = after === undefined ? undefined : String(after);
    let closed = false;
    const close = () => {
      closed = true;
      controller.abort();
    };

    async function connect() {
      const headers = { ...authorization, Accept: 'text/event-stream' };
      if (lastId !== undefined) headers['Last-Event-ID'] = lastId;
      const response = await fetchImpl(baseUrl + room(roomId) + '/stream', { headers, signal: controller.signal });
      if (!response.ok) {
        throw await errorOf(response);
      }
      onOpen();
      let ended = false;
      const parser = new EventStreamParser(({ id, type, data }) => {
        if (closed || ended) return;
        if (type === 'resync_required') {
          ended = true;
          onResyncRequired(JSON.parse(data));
          return;
        }
        const delivery = JSON.parse(data);
        if (id !== undefined) lastId = id;
        handler(delivery.event, delivery);
      });
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        parser.push(decoder.decode(chunk, { stream: true }));
        if (ended) return true;
      }
      return ended;
    }

    (async () => {
      while (!closed) {
        try {
          if (await connect()) {
            close();
            return;
          }
        } catch (error) {
          if (closed) return;
          onError(error);
          if (error instanceof StageError && error.status < 500) {
            close();
            return;
          }
        }
        if (!closed) await new Promise((resolve) => setTimeout(resolve, reconnectDelayMs));
      }
    })();
    return { close };
  }

  /**
   * Follows a room as the app's own user: a ClientMirror fed from the stage view and the event stream, resynced from
   * a fresh view on a gap or `resync_required`. `onMedia(intent)` gets START_PUBLISHING / STOP_PUBLISHING;
   * `onView(view)` each view loaded; `onEvent(event, applied)` each event with what the mirror made of it.
   * Resolves to `{mirror, close()}` once the first view is applied.
   */
  async function followRoom(roomId, me, { onMedia = () => {}, onView = () => {}, onEvent = () => {}, onError = () => {} } = {}) {
    const mirror = new ClientMirror(me, onMedia);
    let stream;
    let stopped = false;
    let restarting = null;
    // One resync at a time: a gap seen while a view is loading is repaired by that view.
    const restart = () => {
      if (!restarting) {
        restarting = resync().finally(() => {
          restarting = null;
        });
      }
      return restarting;
    };
    async function resync() {
      if (stream) stream.close();
      if (stopped) return;
      const view = await api.stageView(roomId);
      mirror.resync(view);
      onView(view);
      stream = onGroupCallEvent(
        roomId,
        (event, delivery) => {
          const applied = mirror.apply(delivery);
          onEvent(event, applied);
          if (applied === 'GAP') restart().catch(onError);
        },
        { after: view.atSequence, onResyncRequired: () => restart().catch(onError), onError },
      );
    }
    await restart();
    return {
      mirror,
      close() {
        stopped = true;
        if (stream) stream.close();
      },
    };
  }

  const api = {
    info: () => request('GET', '/api/info'),
    createRoom: async ({ name, policy = {}, roomId } = {}, options) => {
      const answer = roomId === undefined
        ? await command('/api/rooms', { name, policy }, options)
        : await request('PUT', room(roomId), { name, policy });
      return answer.room;
    },
    joinRoom: async (roomId, options) => (await command(room(roomId) + '/joinRoom', undefined, options)).call,
    leave: (callId, options) => command(call(callId) + '/leave', undefined, options),
    raiseHand: (callId, options) => command(call(callId) + '/raiseHand', undefined, options),
    lowerHand: (callId, userId, options) => command(call(callId) + '/lowerHand', { user: userId }, options),
    lowerAllHands: (callId, options) => command(call(callId) + '/lowerAllHands', undefined, options),
    promoteToSpeaker: (callId, userId, options) => command(call(callId) + '/promoteToSpeaker', { user: userId }, options),
    demoteToAudience: (callId, userId, options) => command(call(callId) + '/demoteToAudience', { user: userId }, options),
    acceptInvitation: (callId, options) => command(call(callId) + '/acceptInvitation', undefined, options),
    declineInvitation: (callId, options) => command(call(callId) + '/declineInvitation', undefined, options),
    submitStageQuestion: async (callId, text, { anonymous = false, ...options } = {}) =>
      (await command(call(callId) + '/submitStageQuestion', { text, anonymous }, options)).question,
    answerQuestion: (callId, questionId, options) => command(call(callId) + '/answerQuestion', { question: questionId }, options),
    dismissQuestion: (callId, questionId, options) => command(call(callId) + '/dismissQuestion', { question: questionId }, options),
    assignCoHost: (roomId, userId, options) => command(room(roomId) + '/assignCoHost', { user: userId }, options),
    revokeCoHost: (roomId, userId, options) => command(room(roomId) + '/revokeCoHost', { user: userId }, options),
    transferHost: (roomId, userId, options) => command(room(roomId) + '/transferHost', { user: userId }, options),
    removeParticipant: (callId, userId, { ban = false, ...options } = {}) =>
      command(call(callId) + '/removeParticipant', { user: userId, ban }, options),
    unban: (roomId, userId, options) => command(room(roomId) + '/unban', { user: userId }, options),
    endCall: (callId, options) => command(call(callId) + '/endCall', undefined, options),
    closeRoom: (roomId, options) => command(room(roomId) + '/closeRoom', undefined, options),
    stageView: (roomId) => request('GET', room(roomId) + '/view'),
    capabilities: (roomId, target) =>
      request('GET', room(roomId) + '/capabilities' + (target === undefined ? '' : `?target=${encodeURIComponent(target)}`)),
    eventsSince: async (roomId, after = 0) => (await request('GET', room(roomId) + `/events?after=${after}`)).deliveries,
    onGroupCallEvent,
    followRoom,
  };
  return api;
}
