import http from 'node:http';

/** Keep-alive GETs over at most `connections` sockets, timed from the request to the last byte. */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly base: string,
    connections: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  get(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; ms: number; body: string }> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.get(`${this.base}${path}`, { agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
    });
  }

  post(path: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${this.base}${path}`,
        { method: 'POST', agent: this.agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
