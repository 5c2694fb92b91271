/** UsersSearchResponse: search results, with the q64 tokens of the neighbouring pages for paging. */
import type { UsersSearchResponseResolvers } from '../src/__generated__/resolvers-types.js';
import { q64Of } from '../src/graph/support.js';

export const UsersSearchResponse: UsersSearchResponseResolvers = {
  results: (response) => response.results ?? [],
  nextQ64: (response) => q64Of(response.nextPage),
  previousQ64: (response) => q64Of(response.previousPage),
  currentQ64: (response) => q64Of(response.currentPage),
};
