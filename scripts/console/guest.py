"""The Debian guest under QEMU (TCG): its monitor (sendkey, screendump) and the root agent on its second serial port."""

import base64
import os
import socket
import subprocess
import time


class GuestError(Exception):
    """The guest did not answer or a command in it failed."""


class Guest:
    """One QEMU run of the ext4 image in `work`, 1280×800 VGA console (160×50 cells of 8×16)."""

    def __init__(self, work: str):
        self.work = work
        self.monitor_path = os.path.join(work, "monitor.sock")
        self.agent_path = os.path.join(work, "agent.sock")
        self.log_path = os.path.join(work, "console.log")
        command = [
            "qemu-system-x86_64", "-accel", "tcg", "-smp", "2", "-m", "1024", "-no-reboot",
            "-kernel", os.path.join(work, "vmlinuz"), "-initrd", os.path.join(work, "initrd.img"),
            "-append", "root=/dev/vda rw console=ttyS0 quiet loglevel=3 systemd.show_status=false",
            "-drive", f"file={os.path.join(work, 'disk.img')},format=raw,if=virtio",
            "-vga", "std", "-display", "none", "-nic", "none",
            "-serial", f"file:{self.log_path}",
            "-chardev", f"socket,id=agent,path={self.agent_path},server=on,wait=off", "-serial", "chardev:agent",
            "-monitor", f"unix:{self.monitor_path},server,nowait",
        ]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(work, "qemu.log"), "wb"))
        self.monitor = self._connect(self.monitor_path)
        self._monitor_read()
        self.agent = self._connect(self.agent_path)
        self.agent_buffer = b""

    def _connect(self, path, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise GuestError(f"qemu exited ({self.process.returncode}); see qemu.log")
            try:
                sock = socket.socket(socket.AF_UNIX)
                sock.connect(path)
                return sock
            except OSError:
                if time.monotonic() > deadline:
                    raise GuestError(f"no socket {path}")
                time.sleep(0.1)

    def _monitor_read(self):
        data = b""
        self.monitor.settimeout(60)
        while not data.endswith(b"(qemu) "):
            chunk = self.monitor.recv(4096)
            if not chunk:
                raise GuestError("the monitor closed")
            data += chunk
        return data.decode("utf-8", "replace")

    def hmp(self, command: str) -> str:
        """One monitor command; its answer."""
        self.monitor.sendall(command.encode() + b"\n")
        return self._monitor_read()

    def wait_ready(self, timeout=240):
        """Until the agent says it is up (the boot done)."""
        line = self._agent_line(timeout)
        while line != "@@READY":
            line = self._agent_line(timeout)

    def _agent_line(self, timeout):
        deadline = time.monotonic() + timeout
        while b"\n" not in self.agent_buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise GuestError("the guest's agent did not answer in time (see console.log)")
            self.agent.settimeout(remaining)
            try:
                chunk = self.agent.recv(65536)
            except socket.timeout:
                continue
            if not chunk:
                raise GuestError("the agent's serial port closed")
            self.agent_buffer += chunk
        line, self.agent_buffer = self.agent_buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace").strip("\r")

    def run(self, command: str, timeout=120, check=True):
        """`command` run by bash as root in the guest; (exit status, output)."""
        self.agent.sendall(base64.b64encode(command.encode()) + b"\n")
        while True:
            line = self._agent_line(timeout)
            if line.startswith("@@ "):
                break
        parts = line.split(" ", 2)
        status = int(parts[1])
        output = base64.b64decode(parts[2]).decode("utf-8", "replace") if len(parts) > 2 else ""
        if check and status != 0:
            raise GuestError(f"`{command}` exited {status}: {output.strip()}")
        return status, output

    def read_file(self, path: str) -> bytes:
        """A file of the guest, carried as base64."""
        _, output = self.run(f"base64 -w0 {path}")
        return base64.b64decode(output)

    def sendkey(self, key: str):
        """One key through the monitor (`1`, `ret`, `shift-equal`, `ctrl-l`, `esc`)."""
        self.hmp(f"sendkey {key}")

    def screendump(self, path: str) -> bytes:
        """The VGA console now, as PPM bytes."""
        if os.path.exists(path):
            os.remove(path)
        self.hmp(f"screendump {path}")
        deadline = time.monotonic() + 10
        while True:
            if os.path.exists(path):
                with open(path, "rb") as f:
                    data = f.read()
                if len(data) >= 1280 * 800 * 3:
                    return data
            if time.monotonic() > deadline:
                raise GuestError("screendump wrote no picture")
            time.sleep(0.05)

    def stop(self):
        try:
            self.hmp("quit")
        except Exception:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
