"""A real Dask cluster on loopback for tests: ``dask scheduler`` and ``dask worker`` started as
separate processes (each in its own session, ended by its process group at the end)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRELOAD = Path(__file__).resolve().parent / "cluster_fault_preload.py"


def worker_environment(**extra: str) -> dict:
    """Workers import the plugin as QGIS names it (``apt_cropland``) and use one thread for torch."""
    return dict(os.environ, PYTHONPATH=str(ROOT / "build" / "qgis-plugins"), OMP_NUM_THREADS="1", **extra)


def wait_for_file(path: Path, timeout: float = 120.0) -> None:
    """Wait for a file another process writes (an event, polled), or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} did not appear in {timeout} s")
        time.sleep(0.05)


def worker_command(scheduler_file: Path, name: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file),
            "--name", name, "--nthreads", "1", "--no-nanny", "--no-dashboard", *extra]


class DaskProcesses:
    """The scheduler and workers of one test, in ``folder``; :meth:`close` ends every one started."""

    def __init__(self, folder: Path, tls: list[str] | None = None):
        self.folder = folder
        self.tls = list(tls or [])
        self.scheduler_file = folder / "scheduler.json"
        self.processes: list[subprocess.Popen] = []
        self.logs = []

    def _start(self, args: list[str], name: str, env: dict) -> subprocess.Popen:
        log = open(self.folder / f"{name}.log", "w")  # noqa: SIM115 (closed in close())
        self.logs.append(log)
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.processes.append(proc)
        return proc

    def scheduler(self) -> str:
        protocol = ["--protocol", "tls"] if self.tls else []
        self._start([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                     "--no-dashboard", "--scheduler-file", str(self.scheduler_file), *protocol, *self.tls],
                    "scheduler", worker_environment())
        wait_for_file(self.scheduler_file)
        for _ in range(100):  # the file is written in one piece, but may be seen before it is complete
            try:
                return json.loads(self.scheduler_file.read_text())["address"]
            except (ValueError, KeyError):
                time.sleep(0.05)
        raise AssertionError(self.scheduler_file.read_text())

    def worker(self, name: str, *extra: str, **env: str) -> subprocess.Popen:
        return self._start(worker_command(self.scheduler_file, name, *self.tls, *extra), name,
                           worker_environment(**env))

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def close(self, more_pids: list[int] = ()) -> None:
        for pid in [p.pid for p in self.processes] + list(more_pids):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # each was started in its own session: its group is its own
        for proc in self.processes:
            proc.wait(timeout=30)
        for log in self.logs:
            log.close()


def make_tls_files(folder: Path) -> tuple[str, str, str]:
    """A certificate authority made here and one certificate with its key, signed by it, for
    127.0.0.1 and localhost (shared by the scheduler, the workers and the client):
    ``(ca_file, cert, key)``, PEM files in ``folder``."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)

    def certificate(subject: str, key, issuer: str, signer, ca: bool) -> x509.Certificate:
        builder = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
                   .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=1))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if not ca:
            builder = builder.add_extension(x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = certificate("APT Cropland test CA", ca_key, "APT Cropland test CA", ca_key, ca=True)
    cert = certificate("localhost", key, "APT Cropland test CA", ca_key, ca=False)
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                           serialization.NoEncryption()))
    return tuple(str(p) for p in paths)
