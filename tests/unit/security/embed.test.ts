/** The embedding rule's pure parts: which address is the embed page, and the CSP it gets. */
import { describe, expect, it } from 'vitest';
import { embeddableCsp, embedPageMap } from '../../../graph-service/src/security/embed.ts';

describe('the embed page', () => {
  it('is /maps/<id> with embed=1, and nothing else', () => {
    expect(embedPageMap('/maps/battersea-alliance?embed=1')).toBe('battersea-alliance');
    expect(embedPageMap('/maps/battersea-alliance/?sel=org-x&embed=1')).toBe('battersea-alliance');
    for (const url of ['/maps/battersea-alliance', '/maps/battersea-alliance?embed=true', '/api/maps/battersea-alliance/graph?embed=1', '/maps/Bad%20Id?embed=1', '/maps/a/b?embed=1', '/?embed=1']) expect(embedPageMap(url), url).toBeNull();
  });

  it("opens frame-ancestors only, leaving every other directive as it was", () => {
    const csp = "default-src 'self';script-src 'self';frame-ancestors 'none';object-src 'none'";
    expect(embeddableCsp(csp)).toBe("default-src 'self';script-src 'self';frame-ancestors *;object-src 'none'");
  });
});
