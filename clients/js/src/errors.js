/**
 * What a livestage call that did not succeed throws: the stable `code` of the RFC 9457 problem the server answered
 * (`stage_full`, `not_authorized`, `rate_limited`, `unauthenticated`, ...), its HTTP `status`, the whole `problem`
 * document, and `retryAfter` in seconds when the server sent `Retry-After`.
 */
export class StageError extends Error {
  constructor(problem, status, retryAfter) {
    super(problem.detail || problem.title || problem.code || `HTTP ${status}`);
    this.name = 'StageError';
    this.code = problem.code || 'http_' + status;
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** The StageError of a response that is not a success (a problem document, or whatever else the server sent). */
export async function errorOf(response) {
  const text = await response.text();
  let problem;
  try {
    problem = JSON.parse(text);
  } catch {
    problem = { title: text.slice(0, 200) };
  }
  const header = response.headers.get('Retry-After');
  const retryAfter = header === null ? undefined : Number(header);
  return new StageError(problem, response.status, retryAfter);
}
