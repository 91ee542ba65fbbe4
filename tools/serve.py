#!/usr/bin/env python3
"""Static file server on loopback with CORS, so browser tests and the demo can fetch models/.

usage: tools/serve.py [--port 8765] [--root .]
"""
import argparse
import functools
import http.server


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--root", default=".")
    a = ap.parse_args()
    handler = functools.partial(Handler, directory=a.root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as srv:
        srv.serve_forever()


if __name__ == "__main__":
    main()
