"""Reads one of Alliance Atlas's exports back as networkx and igraph do, and prints what came in.

usage: python3 readBack.py FORMAT FILE [PARTITION.json]
FORMAT is gexf, graphml, node-link, csv (FILE is then the connections table; the elements
table sits beside it as *-elements.csv) or xlsx (sheets Elements and Connections, read with
openpyxl as pandas does). PARTITION maps node labels to communities: the
modularity of that fixed partition is computed on the graph as read, with the weights.
Prints one JSON object: for each reader found (networkx, igraph), its version, nodes, ties,
ties with a finite numeric weight and their sum, whether the graph is directed, and the modularity.
"""
import csv
import json
import math
import sys
import warnings

import networkx as nx

try:
    import igraph as ig
except ImportError:  # Not every Python has igraph; the caller says which readers it expects.
    ig = None

fmt, path = sys.argv[1], sys.argv[2]
partition = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else None
caught = []
warnings.showwarning = lambda message, *rest: caught.append(str(message))


def finite(value):
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def sheet_rows(sheet):
    rows = sheet.iter_rows(values_only=True)
    headers = [str(h) for h in next(rows)]
    return [dict(zip(headers, ("" if v is None else v for v in row))) for row in rows]


def read_tables():
    if fmt == "xlsx":
        import openpyxl
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        return sheet_rows(book["Elements"]), sheet_rows(book["Connections"])
    elements = list(csv.DictReader(open(path.replace("-connections.csv", "-elements.csv"), newline="")))
    connections = list(csv.DictReader(open(path, newline="")))
    return elements, connections


def networkx_graph():
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "node-link":
        return nx.node_link_graph(json.load(open(path)))
    elements, connections = read_tables()
    directed = any(c["Direction"] == "directed" for c in connections)
    graph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    for e in elements:
        graph.add_node(str(e["ID"]), label=e["Label"])
    for c in connections:
        graph.add_edge(str(c["From"]), str(c["To"]), weight=float(c["Weight"]))
    return graph


def networkx_summary():
    graph = networkx_graph()
    labels = {n: str(d.get("label", n)) for n, d in graph.nodes(data=True)}
    weights = [d.get("weight") for _, _, d in graph.edges(data=True)]
    out = {"version": nx.__version__, "nodes": graph.number_of_nodes(), "ties": graph.number_of_edges(),
           "weights": sum(1 for w in weights if finite(w)), "weightSum": sum(float(w) for w in weights if finite(w)),
           "directed": graph.is_directed()}
    if partition is not None:
        simple = nx.Graph()
        simple.add_nodes_from(graph.nodes)
        for a, b, d in graph.edges(data=True):
            w = float(d.get("weight", 1))
            simple.add_edge(a, b, weight=simple[a][b]["weight"] + w if simple.has_edge(a, b) else w)
        groups = {}
        for node in simple.nodes:
            groups.setdefault(partition[labels[node]], set()).add(node)
        out["modularity"] = nx.algorithms.community.modularity(simple, list(groups.values()), weight="weight")
    return out


def igraph_graph():
    if fmt == "graphml":
        return ig.Graph.Read_GraphML(path), "label"
    if fmt == "gexf":
        # igraph has no GEXF reader: its own converter takes the graph networkx read.
        return ig.Graph.from_networkx(nx.read_gexf(path)), "label"
    if fmt == "node-link":
        data = json.load(open(path))
        return ig.Graph.DictList(data["nodes"], data["links"], directed=data["directed"], vertex_name_attr="id", edge_foreign_keys=("source", "target")), "name"
    elements, connections = read_tables()
    directed = any(c["Direction"] == "directed" for c in connections)
    edges = [{"source": str(c["From"]), "target": str(c["To"]), "weight": float(c["Weight"])} for c in connections]
    vertices = [{"id": str(e["ID"]), "label": e["Label"]} for e in elements]
    return ig.Graph.DictList(vertices, edges, directed=directed, vertex_name_attr="id", edge_foreign_keys=("source", "target")), "label"


def igraph_summary():
    graph, label = igraph_graph()
    weights = graph.es["weight"] if "weight" in graph.es.attributes() else []
    out = {"version": ig.__version__, "nodes": graph.vcount(), "ties": graph.ecount(),
           "weights": sum(1 for w in weights if finite(w)), "weightSum": sum(float(w) for w in weights if finite(w)),
           "directed": graph.is_directed()}
    if partition is not None:
        names = graph.vs[label] if label in graph.vs.attributes() else graph.vs["name"]
        membership = [partition[str(n)] for n in names]
        # Modularity of the fixed partition, on the undirected weighted graph as Louvain sees it.
        out["modularity"] = graph.as_undirected(combine_edges="sum").modularity(membership, weights="weight") if graph.is_directed() else graph.modularity(membership, weights="weight")
    return out


result = {"networkx": networkx_summary()}
if ig is not None:
    result["igraph"] = igraph_summary()
result["warnings"] = caught
print(json.dumps(result))
