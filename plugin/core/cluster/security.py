"""TLS for a cluster run: a ``tls://`` scheduler address with a certificate authority's certificate,
this computer's certificate and its key, checked before anything runs.

A plain ``tcp://`` scheduler speaks Dask's unauthenticated, pickle-based protocol: whoever reaches
its port can run code on the workers. It belongs on a trusted network only; elsewhere use ``tls://``.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

from ..errors import AptInputError
from ..i18n import tr

TLS_PREFIX = "tls://"


@dataclass(frozen=True)
class TlsFiles:
    """The three PEM files of a TLS connection to the scheduler (any of them may be missing)."""

    ca_file: str | None = None
    cert: str | None = None
    key: str | None = None

    def given(self) -> bool:
        return any((self.ca_file, self.cert, self.key))


def is_tls(address: str | None) -> bool:
    return bool(address) and address.strip().lower().startswith(TLS_PREFIX)


def _check_file(path: str, what: str) -> None:
    if not os.path.exists(path):
        raise AptInputError(tr("The TLS {what} {path!r} does not exist.").format(what=what, path=path))
    if not os.path.isfile(path):
        raise AptInputError(tr("The TLS {what} {path!r} is not a file.").format(what=what, path=path))
    try:
        with open(path, "rb") as f:
            f.read(1)
    except OSError as exc:
        raise AptInputError(tr("The TLS {what} {path!r} cannot be read: {error}").format(
            what=what, path=path, error=exc.strerror or exc)) from None


def cluster_security(scheduler: str | None, tls: TlsFiles | None):
    """The ``distributed.security.Security`` of a ``tls://`` scheduler, its files checked; ``None``
    for a ``tcp://`` scheduler or a local cluster. Raises :class:`AptInputError` with what is wrong."""
    files = tls or TlsFiles()
    if not is_tls(scheduler):
        if files.given():
            raise AptInputError(
                tr("TLS certificates are used only with a tls:// scheduler address (given: {address}).").format(
                    address=scheduler or tr("none, a local cluster"))
            )
        return None
    missing = [flag for flag, value in (("--tls-ca-file", files.ca_file), ("--tls-cert", files.cert),
                                        ("--tls-key", files.key)) if not value]
    if missing:
        raise AptInputError(
            tr("A tls:// scheduler needs three files: the certificate authority's certificate, this computer's "
               "certificate and its private key (--tls-ca-file, --tls-cert, --tls-key; in Processing, the TLS "
               "advanced options). Missing: {missing}.").format(missing=", ".join(missing))
        )
    for path, what in ((files.ca_file, tr("CA certificate file")), (files.cert, tr("certificate file")),
                       (files.key, tr("key file"))):
        _check_file(path, what)
    from distributed.security import Security

    security = Security(tls_ca_file=files.ca_file, tls_client_cert=files.cert, tls_client_key=files.key,
                        require_encryption=True)
    try:  # builds the SSL context now: a file that is no PEM certificate or key is refused before the run
        security.get_connection_args("client")
    except (ssl.SSLError, ValueError, OSError) as exc:
        raise AptInputError(
            tr("The TLS files cannot be used (each must be PEM, and the key must match the certificate): "
               "{error}").format(error=exc)
        ) from None
    return security
