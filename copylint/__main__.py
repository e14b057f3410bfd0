from copylint.cli import run

run()
