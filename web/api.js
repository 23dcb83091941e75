// Talking to the sitrep server: JSON over GET on the same origin, errors as ApiError.
import {h} from './dom.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Empty parameters are left out, so that an empty form field means "no filter".
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

export async function get(path, params) {
  let response;
  try {
    response = await fetch(`/api/${path}${query(params)}`, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(0, `cannot reach the sitrep server (${e.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A proxy or a crash may answer with something that is not JSON; the status still tells.
  }
  if (!response.ok) {
    const err = body && body.error;
    throw new ApiError(err && err.status ? err.status : response.status,
                       err && err.message ? err.message : response.statusText || 'request failed');
  }
  if (body === null) throw new ApiError(response.status, 'the server sent no JSON');
  return body;
}

export function errorBox(error) {
  const status = error instanceof ApiError && error.status ? `Error ${error.status}: ` : 'Error: ';
  return h('div', {class: 'error', role: 'alert'}, h('strong', {}, status), error.message);
}
