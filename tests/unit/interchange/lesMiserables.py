"""Les Miserables (networkx's weighted co-appearance graph) as the export tests start from it.

usage: python3 lesMiserables.py OUT_DIR
Writes OUT_DIR/original.json (nodes and weighted edges), OUT_DIR/partition.json (label ->
community: igraph's weighted Louvain on the original, seeded, then held fixed) and prints igraph's
modularity of that partition on the original, so a round trip is compared on the same membership.
It also writes OUT_DIR/original.graphml as networkx writes it, each node labelled, for an import.
"""
import json
import random
import sys

import igraph as ig
import networkx as nx

out = sys.argv[1]
graph = nx.les_miserables_graph()
random.seed(7)
original = ig.Graph.from_networkx(graph)
membership = original.community_multilevel(weights="weight").membership
names = original.vs["_nx_name"]
json.dump({"nodes": list(graph.nodes), "edges": [[a, b, d["weight"]] for a, b, d in graph.edges(data=True)]}, open(f"{out}/original.json", "w"))
json.dump(dict(zip(names, membership)), open(f"{out}/partition.json", "w"))
labelled = graph.copy()
nx.set_node_attributes(labelled, {n: n for n in labelled.nodes}, "label")
nx.write_graphml(labelled, f"{out}/original.graphml")
print(json.dumps({"modularity": original.modularity(membership, weights="weight"), "nodes": original.vcount(), "ties": original.ecount()}))
