"""copylint.digests: the builtin SHA-256 and keyed BLAKE2b give hashlib's own digests."""

from __future__ import annotations

import hashlib
import os

import pytest

from copylint import digests, sealkey


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 1000, digests.LARGE - 1, digests.LARGE, digests.LARGE + 7])
def test_sha256_is_hashlibs(size: int) -> None:
    data = os.urandom(size)
    assert digests.sha256(data).digest() == hashlib.sha256(data).digest()
    for large in (True, False):
        h = digests.sha256(b"head", large=large)
        h.update(data)
        assert h.hexdigest() == hashlib.sha256(b"head" + data).hexdigest()


def test_small_inputs_take_the_builtin_and_large_ones_openssl() -> None:
    assert type(digests.sha256(b"x")) is not type(hashlib.sha256(b"x")) or digests._builtin_sha256 is None
    assert type(digests.sha256(b"x", large=True)) is type(hashlib.sha256(b"x"))


def test_mac_is_keyed_blake2b() -> None:
    key, data = os.urandom(32), os.urandom(5000)
    assert digests.mac(key, data) == hashlib.blake2b(data, key=key, digest_size=32).digest()
    assert len(digests.mac(key, data)) == digests.MAC_SIZE
    assert digests.mac(key, data) != digests.mac(os.urandom(32), data)  # another key, another seal
    assert digests.mac(key, memoryview(data)) == digests.mac(key, data)


def test_same_compares_digests() -> None:
    assert digests.same(b"a" * 32, b"a" * 32)
    assert not digests.same(b"a" * 32, b"a" * 31 + b"b")
    assert not digests.same(b"a" * 32, b"a" * 31)


def test_a_seal_verifies_only_under_its_key_and_payload() -> None:
    key = os.urandom(32)
    sealed = sealkey.seal_with(key, b"payload")
    assert sealkey.unseal_with(key, sealed) == b"payload"
    assert sealkey.unseal_with(os.urandom(32), sealed) is None
    assert sealkey.unseal_with(key, b"x" + sealed[1:]) is None
    assert sealkey.unseal_with(key, sealed[:-1]) is None
    assert sealkey.unseal_with(key, b"short") is None
    plain = b"payload" + hashlib.sha256(b"payload").digest()  # a hash anyone can compute: no seal
    assert sealkey.unseal_with(key, plain) is None
