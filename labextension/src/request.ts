/**
 * Calls to the judge's REST API through `ServerConnection.makeRequest`, which adds the
 * server's token or the XSRF header that a cookie-authenticated POST needs.
 */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

export const API_PATH = 'leetarxiv/api';

/** The API's error body: `message`, and for a bad field the valid `choices`. */
export interface ApiError {
  message: string;
  reason?: string | null;
  field?: string;
  choices?: string[];
  retry_after?: number;
}

/**
 * Calls `endPoint` under `leetarxiv/api/` and returns its decoded JSON.
 *
 * @throws ServerConnection.NetworkError when the server cannot be reached
 * @throws ServerConnection.ResponseError with the API's message for a non-2xx answer
 */
export async function requestAPI<T>(
  endPoint: string,
  init: RequestInit = {},
  settings: ServerConnection.ISettings = ServerConnection.makeSettings()
): Promise<T> {
  const url = URLExt.join(settings.baseUrl, API_PATH, endPoint);
  let response: Response;
  try {
    response = await ServerConnection.makeRequest(url, init, settings);
  } catch (error) {
    throw new ServerConnection.NetworkError(error as TypeError);
  }
  const text = await response.text();
  let data: unknown = text;
  if (text.length > 0) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON (e.g. an HTML error page from a proxy): keep the text.
    }
  }
  if (!response.ok) {
    const message =
      typeof data === 'object' && data !== null && 'message' in data
        ? String((data as ApiError).message)
        : String(data || response.statusText);
    throw new ServerConnection.ResponseError(response, message);
  }
  return data as T;
}

/** The WebSocket URL of a submission's event stream. */
export function eventsUrl(
  submission: string,
  settings: ServerConnection.ISettings = ServerConnection.makeSettings()
): string {
  const url = URLExt.join(
    settings.wsUrl,
    API_PATH,
    'submissions',
    encodeURIComponent(submission),
    'events'
  );
  // Browsers cannot set headers on a WebSocket: the token goes in the query, as for kernels.
  return settings.appendToken && settings.token
    ? `${url}?token=${encodeURIComponent(settings.token)}`
    : url;
}
