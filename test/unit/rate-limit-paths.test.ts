/**
 * The path a rate limit groups a request by (F6): one path for every spelling the router might serve.
 */
import { describe, expect, it } from 'vitest';
import { limitGroup, normalisedPath } from '../../src/http/rateLimits.ts';

describe('normalisedPath', () => {
  it.each([
    ['/%73ok', '/sok'], ['/%2573ok', '/sok'], ['/SOK', '/sok'], ['//sok', '/sok'], ['/sok/', '/sok'], ['/./sok', '/sok'],
    ['/organ/../sok', '/sok'], ['/organ/%2e%2e/sok', '/sok'], ['/a/b/../../sok?q=x', '/sok'], ['/..', '/'], ['\\sok', '/sok'],
    ['/api/v1/%73earch?q=1', '/api/v1/search'], ['/api%2Fv1%2Fsearch', '/api/v1/search'], ['/prenumerer%61', '/prenumerera'],
    ['/%6Fparl/v1.1/body', '/oparl/v1.1/body'], ['/sok%', '/sok%'], ['/%zz', '/%zz'],
  ])('%s → %s', (url, path) => {
    expect(normalisedPath(url)).toBe(path);
  });

  it('puts each spelling in the group of its plain path', () => {
    expect(limitGroup('GET', normalisedPath('/%73ok?q=a'))).toBe('search');
    expect(limitGroup('GET', normalisedPath('/API/V1/Search'))).toBe('search');
    expect(limitGroup('GET', normalisedPath('/%6fparl'))).toBe('oparl');
    expect(limitGroup('POST', normalisedPath('//tillganglighet/'))).toBe('forms');
    expect(limitGroup('GET', normalisedPath('/prenumerer%61'))).toBeUndefined();
  });
});
