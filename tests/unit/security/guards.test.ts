/** The checks before a body is read: Host allow-list, Origin of writes, JSON-only bodies. */
import { describe, expect, it } from 'vitest';
import { hasBody, hostAllowed, hostName, isJsonContentType, isLoopback, LOOPBACK_HOSTS, originAllowed } from '../../../graph-service/src/security/guards.ts';

describe('the Host allow-list', () => {
  it('reads host names without ports, brackets or case', () => {
    expect(hostName('LocalHost:4173')).toBe('localhost');
    expect(hostName('[::1]:4173')).toBe('::1');
    expect(isLoopback('127.0.0.5:80')).toBe(true);
    expect(isLoopback('atlas.example.org')).toBe(false);
  });

  it('answers the listed names only (a DNS-rebinding name is refused), or every name with any', () => {
    expect(hostAllowed('127.0.0.1:4173', LOOPBACK_HOSTS)).toBe(true);
    expect(hostAllowed('localhost', LOOPBACK_HOSTS)).toBe(true);
    expect(hostAllowed('evil.example.com:4173', LOOPBACK_HOSTS)).toBe(false);
    expect(hostAllowed(undefined, LOOPBACK_HOSTS)).toBe(false);
    expect(hostAllowed('atlas.example.org', ['atlas.example.org'])).toBe(true);
    expect(hostAllowed('whatever', 'any')).toBe(true);
  });
});

describe('the Origin of a write', () => {
  it('is the service itself (same host and port) or an allowed origin', () => {
    expect(originAllowed('http://127.0.0.1:4173', '127.0.0.1:4173', 'same-origin', [])).toBe(true);
    expect(originAllowed('http://127.0.0.1:5173', '127.0.0.1:4173', 'same-site', [])).toBe(false);
    expect(originAllowed('https://evil.example.com', '127.0.0.1:4173', 'cross-site', [])).toBe(false);
    expect(originAllowed('https://tools.example.org', 'atlas.example.org', 'cross-site', ['https://tools.example.org/'])).toBe(true);
    expect(originAllowed('null', '127.0.0.1:4173', undefined, [])).toBe(false);
    expect(originAllowed('not a url', '127.0.0.1:4173', undefined, [])).toBe(false);
  });

  it('may be absent (scripts, curl) unless the browser says the request is cross-site', () => {
    expect(originAllowed(undefined, '127.0.0.1:4173', undefined, [])).toBe(true);
    expect(originAllowed(undefined, '127.0.0.1:4173', 'cross-site', [])).toBe(false);
  });
});

describe('write bodies', () => {
  it('are JSON: application/json with or without a charset, or a +json type', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/merge-patch+json')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType('multipart/form-data; boundary=x')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('are there when a length above 0 or a chunked transfer is announced', () => {
    expect(hasBody({ 'content-length': '12' })).toBe(true);
    expect(hasBody({ 'content-length': '0' })).toBe(false);
    expect(hasBody({ 'transfer-encoding': 'chunked' })).toBe(true);
    expect(hasBody({})).toBe(false);
  });
});
