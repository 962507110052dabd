# Installation: the two executables, the charts module, and on Linux the
# desktop integration (desktop entry, AppStream metainfo, hicolor icons), the
# man pages and the Debian documentation files. Included from the top-level
# CMakeLists.txt.
include(GNUInstallDirs)

install(TARGETS reviewdesk reviewdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Where the application looks for it (ui/charts/CMakeLists.txt).
install(TARGETS reviewdesk-charts LIBRARY DESTINATION ${REVIEWDESK_MODULE_INSTALL_DIR})

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  # Full RELRO, as Debian's hardening asks of installed binaries (lintian: hardening-no-bindnow).
  foreach(binary reviewdesk reviewdesk-cli reviewdesk-charts)
    target_link_options(${binary} PRIVATE -Wl,-z,relro,-z,now)
  endforeach()
endif()

if(UNIX AND NOT APPLE)
  set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
  set(packaging_out ${PROJECT_BINARY_DIR}/packaging)
  set(app_id uk.org.reviewdesk.ReviewDesk)

  install(FILES ${packaging_dir}/linux/${app_id}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${packaging_dir}/linux/${app_id}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${REVIEWDESK_ICON_SVG}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size IN LISTS REVIEWDESK_ICON_SIZES)
    install(FILES ${REVIEWDESK_ICON_DIR}/${size}x${size}/${app_id}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()

  # Man pages carry the version from project(); Debian wants them, and its
  # changelog, compressed with gzip -9n (no name or time stamp: reproducible).
  find_program(REVIEWDESK_GZIP gzip REQUIRED)
  set(compressed)
  foreach(page reviewdesk.1 reviewdesk-cli.1)
    configure_file(${packaging_dir}/man/${page}.in ${packaging_out}/man/${page} @ONLY)
    list(APPEND compressed ${packaging_out}/man/${page}.gz)
    add_custom_command(OUTPUT ${packaging_out}/man/${page}.gz
      COMMAND ${REVIEWDESK_GZIP} -9n -c ${packaging_out}/man/${page} > ${packaging_out}/man/${page}.gz
      DEPENDS ${packaging_out}/man/${page}
      VERBATIM)
    install(FILES ${packaging_out}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endforeach()
  list(APPEND compressed ${packaging_out}/changelog.gz)
  add_custom_command(OUTPUT ${packaging_out}/changelog.gz
    COMMAND ${REVIEWDESK_GZIP} -9n -c ${packaging_dir}/debian/changelog > ${packaging_out}/changelog.gz
    DEPENDS ${packaging_dir}/debian/changelog
    VERBATIM)
  add_custom_target(reviewdesk_packaging_files ALL DEPENDS ${compressed})

  # GNUInstallDirs' DOCDIR would use the project's capitalised name.
  install(FILES ${packaging_dir}/debian/copyright ${packaging_out}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/reviewdesk)
endif()
