"""``python -m copylint`` and the ``copylint`` console script: :func:`copylint.cli.run`,
with two things done before anything else is imported."""

import sys


def main() -> None:
    if sys.argv[1:2] == ["check"]:
        # a check allocates mostly objects that live until the end (modules, word tables, the
        # tagger): the default collector (every 700 allocations) rescans them some 60 times
        # for a one-article check, 55 times while importing alone; every 100,000 it never
        # runs on one article and stays bounded on a folder
        import gc

        gc.set_threshold(100_000)
    # stored regex programs into re's cache, so that the patterns compiled while importing
    # (click's, the checks') are found compiled already: copylint.regex_cache (each
    # sub-command has a file of its own: a check reads only the patterns checks use)
    from copylint import regex_cache

    regex_cache.warm(sys.argv[1] if len(sys.argv) > 1 else "")
    from copylint.cli import run

    run()


if __name__ == "__main__":
    main()
