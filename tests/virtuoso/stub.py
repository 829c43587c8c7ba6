#!/usr/bin/env python3
"""A tiny HTTP endpoint stub for tests/suites/endpoint.sh (standard library).

Listens on 127.0.0.1 only, on a free port written to the file given as
argv[1]. Paths:
  /status/CODE    answers CODE with a one-line text message
  /slow           waits 30 s before answering (for timeouts)
  /basic          needs HTTP Basic auth dba:dba (else 401 + WWW-Authenticate)
  /record         accepts anything with 204 and appends a JSON line describing
                  the request (method, query string, content type, body) to
                  the file given as argv[2]
"""
import base64
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet
        pass

    def _answer(self, code, text, headers=()):
        body = text.encode("utf-8")
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        url = urlsplit(self.path)
        if url.path.startswith("/status/"):
            code = int(url.path.split("/")[2])
            self._answer(code, "stub says: error %d for %s\n" % (code, self.command))
        elif url.path == "/slow":
            time.sleep(30)
            self._answer(204, "")
        elif url.path == "/basic":
            want = "Basic " + base64.b64encode(b"dba:dba").decode()
            if self.headers.get("Authorization") != want:
                self._answer(401, "stub: wrong or missing credentials\n",
                             [("WWW-Authenticate", 'Basic realm="stub"')])
            else:
                self._answer(204, "")
        elif url.path == "/record":
            with open(sys.argv[2], "a", encoding="utf-8") as f:
                f.write(json.dumps({"method": self.command, "query": url.query,
                                    "type": self.headers.get("Content-Type"),
                                    "body": body.decode("utf-8", "replace")}) + "\n")
            self._answer(204, "")
        else:
            self._answer(404, "stub: no such path %s\n" % url.path)

    do_GET = do_PUT = do_POST = do_DELETE = _handle


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
