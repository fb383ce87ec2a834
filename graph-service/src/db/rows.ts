/** The shapes in which whole nodes and ties travel between the store and a file (backup, seed). */

/** A node as labels and properties; `Value` is how a file encodes a property value. */
export interface NodeRow<Value = unknown> {
  labels: string[];
  props: Record<string, Value>;
}

/** A tie as its type, its two ends (ids, keys or indexes) and its properties. */
export interface TieRow<End = string, Type extends string = string, Value = unknown> {
  type: Type;
  from: End;
  to: End;
  props: Record<string, Value>;
}
