/**
 * Multi-vantage partition detection as pure code: builders that fold agent reports into a reachability
 * matrix (vantage to member) and a peer matrix (member to member), and the classifier that turns both into
 * named verdicts with hysteresis. No actors and no clock reads: time is always an argument.
 */
package io.etcdmonitor.coordinator.partition;
