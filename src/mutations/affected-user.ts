/**
 * The user a mutation payload names (`userId`) and carries (`user`), the same for every payload type
 * (resolvers/MutationPayloads.ts): the affected user's id, read through /users/me for the caller's own password
 * change; and that user read again through the by-id loader after the write cleared the request's caches, with
 * the expands its selection needs, or a reference `{ id }` when the selection needs nothing more
 * (ID_ONLY_FIELDS, src/graph/user-fields.ts).
 */
import type { GatewayContext } from '../context.js';
import { UpstreamError } from '../genesys/errors.js';
import type { User } from '../genesys/models.js';
import { prefetchHierarchy } from '../graph/embedded.js';
import { idOf } from '../graph/support.js';
import { ID_ONLY_FIELDS } from '../graph/user-fields.js';
import { userExpandsFor } from '../loaders/expands.js';
import { selectedFields, type LookaheadInfo } from '../lookahead.js';
import type { AffectedUser } from './payloads.js';

export function affectedUserId(payload: AffectedUser, ctx: GatewayContext): string | Promise<string> {
  if (payload.userId !== undefined) return payload.userId;
  // The caller's own write (password): read who the caller is, and forget what the request read about them
  // before the write; once per payload, however many of its fields ask.
  payload.caller ??= ctx.loaders.me().then((me) => {
    const id = idOf(me);
    ctx.loaders.clearUser(id);
    return id;
  });
  return payload.caller;
}

export async function affectedUser(
  payload: AffectedUser,
  ctx: GatewayContext,
  info: LookaheadInfo,
): Promise<User | null> {
  const id = await affectedUserId(payload, ctx);
  const selection = selectedFields(info, 'User');
  if ([...selection.keys()].every((field) => ID_ONLY_FIELDS.has(field))) return { id };
  if (payload.lookupState === 'active') prefetchHierarchy(id, ctx, info);
  try {
    return await ctx.loaders.users.load(id, userExpandsFor(info), payload.lookupState);
  } catch (err) {
    // The write succeeded; a user that is gone since (deleted by someone else) is null, not an error.
    if (err instanceof UpstreamError && err.status === 404) return null;
    throw err;
  }
}
