package io.etcdmonitor.agent.tools.disktest;

import io.etcdmonitor.agent.tools.ToolExitCode;

/** Exit codes of {@code disk-test}, one per way it can end, so that provisioning scripts can tell them apart. */
public enum DiskTestExitCode implements ToolExitCode {
  PASS(0, "fdatasync p99 is below etcd's 10 ms guidance"),
  FAIL(1, "fdatasync p99 is at or above 10 ms: too slow for etcd's WAL"),
  USAGE(2, "the options cannot work (size or block size)"),
  NO_DIRECTORY(3, "the directory does not exist"),
  NOT_A_DIRECTORY(4, "the path is not a directory"),
  NOT_WRITABLE(5, "the directory is read-only or not writable by this user"),
  NO_SPACE(6, "too little free space for the test file"),
  IO_ERROR(7, "the test file could not be created, written or synced");

  private final int code;
  private final String meaning;

  DiskTestExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
