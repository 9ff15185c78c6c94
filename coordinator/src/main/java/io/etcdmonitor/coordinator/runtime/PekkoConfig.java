package io.etcdmonitor.coordinator.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** Pekko settings per role; standalone needs no remoting, the cluster roles add Artery and the cluster. */
final class PekkoConfig {
  private PekkoConfig() {}

  static Config standalone() {
    return ConfigFactory.parseString("pekko.actor.provider = local").withFallback(ConfigFactory.load());
  }
}
