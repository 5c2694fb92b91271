import { buildPath, buildQuery } from '../../src/genesys/client.js';
import { UpstreamError } from '../../src/genesys/errors.js';

describe('URL building', () => {
  it('URI-encodes path values so none can change the path', () => {
    expect(buildPath('/api/v2/users/{userId}/geolocations/{clientId}', { userId: 'a/b?c#d', clientId: '%2F' })).toBe(
      '/api/v2/users/a%2Fb%3Fc%23d/geolocations/%252F',
    );
  });
  it.each(['', '.', '..'])('rejects the path value %j', (value) => {
    expect(() => buildPath('/api/v2/users/{userId}', { userId: value })).toThrow(UpstreamError);
  });
  it('sends arrays as repeated keys and skips undefined values', () => {
    expect(buildQuery({ id: ['a', 'b'], expand: ['presence'], state: undefined, pageSize: 2, joined: false })).toBe(
      '?id=a&id=b&expand=presence&pageSize=2&joined=false',
    );
    expect(buildQuery({})).toBe('');
  });
});
