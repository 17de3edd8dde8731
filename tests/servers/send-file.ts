import { readFile } from 'node:fs/promises';
import type http from 'node:http';

/** Answers with the file's bytes and this content type, or 404 when it cannot be read: the test servers' one file answer. */
export function sendFile(res: http.ServerResponse, file: string, contentType: string): void {
  readFile(file).then(
    (body) => {
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
    },
    () => {
      res.writeHead(404);
      res.end();
    },
  );
}
