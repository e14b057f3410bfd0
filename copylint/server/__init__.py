"""``copylint serve``: copylint over HTTP, for the CMS, the browser and LanguageTool clients.

- :mod:`copylint.server.options`: address, limits, token (validated before start);
- :mod:`copylint.server.workers`: the one linter and the workers that use it;
- :mod:`copylint.server.app`: the Starlette routes and middleware;
- :mod:`copylint.server.ltwire`: LanguageTool's wire format (matches, UTF-16 offsets);
- :mod:`copylint.server.annotated`: AnnotatedText to a document with exact offsets;
- :mod:`copylint.server.forms`: form bodies, strictly UTF-8;
- :mod:`copylint.server.accesslog`: JSON access logs without article text;
- :mod:`copylint.server.run`: starting and stopping it all.
"""
