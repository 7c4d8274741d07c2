<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>hub</name>
    <message>
      <source>Cannot reach the PostgreSQL server of the hub. Check the connection string (--dsn or RENTAN_HUB_DSN), that the server is running and that the user may log in; the log has the server's answer.</source>
      <translation>Server PostgreSQL hub tidak dapat dihubungi. Periksa string koneksi (--dsn atau RENTAN_HUB_DSN), bahwa server berjalan dan bahwa pengguna boleh masuk; log memuat jawaban server.</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>penanggung</translation>
    </message>
    <message>
      <source>worker</source>
      <translation>pekerja</translation>
    </message>
    <message>
      <source>A row refers to a record that is neither in the hub nor in this bundle ({what} {uid}). Import the city's earlier bundles first, or ask the city for a full bundle.</source>
      <translation>Sebuah baris merujuk ke data yang tidak ada di hub maupun di bundel ini ({what} {uid}). Impor dulu bundel kota yang lebih awal, atau minta bundel lengkap dari kota tersebut.</translation>
    </message>
  </context>
</TS>