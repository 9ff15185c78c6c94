package io.etcdmonitor.agent.tools;

/** An exit code of a one-shot tool, with the phrase the launcher's help prints for it. */
public interface ToolExitCode {
  int code();

  String meaning();
}
