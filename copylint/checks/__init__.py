"""Checks: each documents its rules and turns a Document into findings.

A check module defines one :class:`Check` subclass and registers it in
:mod:`copylint.registry`. Checks report spans as offsets into a segment's prose;
they never compute lines or columns.
"""
