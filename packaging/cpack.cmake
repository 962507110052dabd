# CPack: `cpack -G DEB` in the build folder makes reviewdesk_<version>_amd64.deb,
# everything under /usr, dependencies computed from the binaries (dpkg-shlibdeps).
# Windows and macOS installers: see packaging/windows/README.md and
# packaging/macos/README.md (untested).

set(REVIEWDESK_HOMEPAGE "https://reviewdesk.org.uk/" CACHE STRING "The project's home page")
set(REVIEWDESK_MAINTAINER "ReviewDesk maintainers <maintainers@reviewdesk.org.uk>"
    CACHE STRING "Package maintainer, \"Name <email>\"")

set(CPACK_PACKAGE_NAME reviewdesk)
set(CPACK_PACKAGE_VENDOR "The ReviewDesk contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${REVIEWDESK_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${REVIEWDESK_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "case register and deadline tracker for Safeguarding Children Partnerships")
set(CPACK_PACKAGE_DESCRIPTION
    "ReviewDesk keeps the register of serious child safeguarding cases of an English
Safeguarding Children Partnership's Case Review Panel: their Rapid Reviews,
Local Child Safeguarding Practice Reviews and learning actions. It computes
every statutory deadline to the day (working days, England and Wales bank
holidays, the partnership's own closure days) and shows what is due and
what is late, with a dashboard, a timeline, charts and an audit trail.

This package contains the desktop application (reviewdesk) and the
command-line tool (reviewdesk-cli).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${REVIEWDESK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${REVIEWDESK_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as a plugin at run time, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")

include(CPack)
