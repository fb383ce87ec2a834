/**
 * The one way the service opens a Neo4j driver, with timeouts short enough that a database that is
 * away is noticed within about two seconds: a connection must be made in 1 s and taken from the
 * pool in 1.5 s, and a transaction that failed to reach the database is retried once only (the
 * driver waits about a second before its first retry, then stops because 500 ms have passed).
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';

export const DRIVER_OPTIONS: Config = {
  connectionTimeout: 1000,
  connectionAcquisitionTimeout: 1500,
  maxTransactionRetryTime: 500,
  // A pooled connection idle for a minute is checked before use, so a restarted Neo4j's dead sockets are dropped.
  connectionLivenessCheckTimeout: 60_000,
};

export function openDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), DRIVER_OPTIONS);
}
