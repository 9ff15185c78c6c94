package io.etcdmonitor.testkit;

/**
 * A Unix user and group a member runs as, so that firewall rules matching the owner of its sockets
 * ({@code iptables -m owner --uid-owner}) can tell its traffic apart from the other members' on loopback.
 *
 * @param uid the user id; not 0, since root is who runs the other members
 * @param gid the group id
 */
public record UnixUser(int uid, int gid) {
  /** Debian's nobody:nogroup, present on every installation. */
  public static final UnixUser NOBODY = new UnixUser(65534, 65534);

  public UnixUser {
    if (uid <= 0 || gid < 0) {
      throw new IllegalArgumentException("a member runs as a non-root uid and a valid gid, not " + uid + ":" + gid);
    }
  }
}
