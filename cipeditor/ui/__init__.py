"""The Qt window: a thin layer over the domain packages."""
