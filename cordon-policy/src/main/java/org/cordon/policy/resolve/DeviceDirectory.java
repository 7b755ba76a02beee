package org.cordon.policy.resolve;

import java.util.Optional;

/** Who made the device an IMEI belongs to: a TAC table, or nothing known. */
@FunctionalInterface
public interface DeviceDirectory {

    /** The maker of a device. */
    record Device(String tac, String brand, String model, String source) {}

    /** The device of the IMEI (15 digits, 16 for IMEISV, or a bare 8-digit TAC), if its TAC is known. */
    Optional<Device> lookup(String imei);

    DeviceDirectory NONE = imei -> Optional.empty();
}
