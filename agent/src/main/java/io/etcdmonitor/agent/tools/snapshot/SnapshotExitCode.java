package io.etcdmonitor.agent.tools.snapshot;

import io.etcdmonitor.agent.tools.ToolExitCode;

/** Exit codes of {@code snapshot save} and {@code snapshot status}, distinct so that scripts can react to each. */
public enum SnapshotExitCode implements ToolExitCode {
  OK(0, "success"),
  IO_ERROR(1, "a local file could not be read or written"),
  USAGE(2, "the options cannot work (for example several endpoints for save)"),
  NOT_FOUND(3, "the snapshot file, or the directory to save into, does not exist or is not a regular file"),
  INVALID_SNAPSHOT(4, "the file is not a consistent bbolt database, or the download failed its SHA-256 check"),
  ALREADY_EXISTS(5, "the target file exists and --force was not given"),
  ETCD_ERROR(6, "etcd could not be reached or the snapshot stream failed");

  private final int code;
  private final String meaning;

  SnapshotExitCode(int code, String meaning) {
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
