/** Writing the emulator's answers: JSON bodies with a Content-Length, serialised before any injected latency. */
import type { ServerResponse } from 'node:http';

const JSON_TYPE = 'application/json; charset=UTF-8';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text?: string;
}

/** Serialises an answer (the work that `latencyIncludesWork` keeps inside the latency). */
export function prepare(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  if (status === 204 || body === undefined) return { status, headers };
  const text = JSON.stringify(body);
  return {
    status,
    text,
    headers: { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers },
  };
}

export function send(res: ServerResponse, answer: Answer): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.text);
}

export function write(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, prepare(status, body, headers));
}
