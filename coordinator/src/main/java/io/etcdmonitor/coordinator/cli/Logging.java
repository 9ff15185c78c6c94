package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.LogSettings;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sets the log level and format before the first logger exists (logback.xml reads them as system
 * properties), and routes java.util.logging, which gRPC uses, into SLF4J.
 */
final class Logging {
  private Logging() {}

  static void configure(LogSettings settings) {
    System.setProperty("etcdmonitor.log.level", settings.level().toUpperCase(Locale.ROOT));
    System.setProperty("etcdmonitor.log.format", settings.format().name());
    // Initialise logback now, on this thread, so no early log call from another thread is queued and replayed.
    LoggerFactory.getILoggerFactory();
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
