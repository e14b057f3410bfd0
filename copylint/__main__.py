"""``python -m copylint`` and the ``copylint`` console script."""


def main() -> None:
    # first, so that the patterns compiled while importing (click's, the checks') are found
    # compiled already: copylint.regex_cache
    from copylint import regex_cache

    regex_cache.warm()
    from copylint.cli import run

    run()


if __name__ == "__main__":
    main()
