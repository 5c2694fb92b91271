/**
 * Publishes trusted-document manifests to the Redis that the gateways share (REDIS_URL), so a frontend
 * deploy makes its new operations runnable without restarting any gateway:
 *
 *   REDIS_URL=redis://… npm run documents:publish -- persisted-documents.json [queryMap.json …]
 *
 * Every manifest is read and every entry checked (id format, hash of the text, GraphQL syntax) before
 * anything is written; then all documents go in one transaction. A bad manifest publishes nothing and
 * exits 1 with one line per problem. Publishing is additive: documents of older frontends stay runnable.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ManifestError } from '../src/documents/manifest.js';
import { publishDocuments } from '../src/documents/store.js';

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  const redisUrl = env.REDIS_URL?.trim();
  if (files.length === 0 || files.includes('--help')) {
    console.error('usage: REDIS_URL=redis://… npm run documents:publish -- <manifest.json> [more.json …]');
    return files.includes('--help') ? 0 : 2;
  }
  if (!redisUrl) {
    console.error('REDIS_URL is not set: it must name the Redis the gateways use.');
    return 2;
  }
  const keyPrefix = env.REDIS_KEY_PREFIX?.trim() || 'usergraph';
  try {
    const manifests = files.map((source) => {
      try {
        return { source, json: readFileSync(source, 'utf8') };
      } catch (err) {
        throw new ManifestError(source, [
          `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        ]);
      }
    });
    const { published, total } = await publishDocuments({ redisUrl, keyPrefix, manifests });
    console.log(
      `Published ${published} documents from ${files.length} manifest(s); ${total} trusted documents in ${keyPrefix}::documents.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ManifestError) console.error(`${err.message}\nNothing was published.`);
    // The message only: a node-redis error can carry the connection options, and so the URL's password.
    else console.error(`Publishing failed, nothing was published: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
